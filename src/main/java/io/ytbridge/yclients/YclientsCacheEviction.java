package io.ytbridge.yclients;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Drops cached answers that a change has made stale. Slots: the free times, dates and nearest seances of one
 * master on one date, including the "any master" (staff 0) answers of that date; an unknown master or date widens
 * the eviction to all of them. Catalog: everything of one company, or everything. Bean {@code yclientsCacheEviction}.
 */
@Component("yclientsCacheEviction")
public class YclientsCacheEviction {

    private final Cache<String, JsonNode> slots;
    private final Cache<String, JsonNode> catalog;

    public YclientsCacheEviction(@Qualifier("yclientsSlotCache") Cache<String, JsonNode> slots,
            @Qualifier("yclientsCatalogCache") Cache<String, JsonNode> catalog) {
        this.slots = slots;
        this.catalog = catalog;
    }

    /** Any argument may be null or blank, meaning "every". */
    public void evictSlots(String companyId, String staffId, String date) {
        evict(slots, key -> CacheKey.parse(key).touchedBy(blankToNull(companyId), blankToNull(staffId),
                blankToNull(date)));
    }

    public void evictCatalog(String companyId) {
        String company = blankToNull(companyId);
        evict(catalog, key -> company == null || company.equals(CacheKey.parse(key).companyId()));
    }

    private static void evict(Cache<String, JsonNode> cache, Predicate<String> stale) {
        List<String> keys = cache.asMap().keySet().stream().filter(stale).toList();
        cache.invalidateAll(keys);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** What a cache key (a Yclients path and query) says about company, master and date. */
    record CacheKey(String companyId, String staffId, String date) {

        static CacheKey parse(String key) {
            int question = key.indexOf('?');
            String[] path = (question < 0 ? key : key.substring(0, question)).replaceFirst("^/", "").split("/");
            Map<String, String> query = question < 0 ? Map.of() : Arrays.stream(key.substring(question + 1)
                    .split("&")).map(pair -> pair.split("=", 2)).filter(pair -> pair.length == 2)
                    .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1], (first, second) -> first));
            String company = path.length > 1 ? path[1] : null;
            if (path[0].equals("company") || path[0].equals("book_services") || path[0].equals("book_staff")) {
                return new CacheKey(company, null, null);
            }
            String staff = path.length > 2 ? path[2] : query.get("staff_id");
            String date = path.length > 3 ? path[3] : null;
            return new CacheKey(company, staff, date);
        }

        /** True when a booking change for this company, master and date may have made this answer stale. */
        boolean touchedBy(String company, String staff, String onDate) {
            boolean sameCompany = company == null || Objects.equals(company, companyId);
            boolean sameMaster = staff == null || staffId == null || "0".equals(staffId) || "0".equals(staff)
                    || staff.equals(staffId);
            boolean sameDate = onDate == null || date == null || onDate.equals(date);
            return sameCompany && sameMaster && sameDate;
        }
    }
}
