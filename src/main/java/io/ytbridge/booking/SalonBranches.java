package io.ytbridge.booking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The companies a user may book in: the configured company first, then the branches (YCLIENTS_BRANCH_ID). Only these
 * ids are ever stored as a user's choice, so a stale or altered button cannot point the dialog at another company.
 */
@Component("salonBranches")
public class SalonBranches {

    private final List<Long> companyIds;

    public SalonBranches(@Value("${bridge.yclients.company-id:}") String companyId,
            @Value("${bridge.yclients.branch-ids:}") String branchIds) {
        List<Long> ids = new ArrayList<>();
        for (String id : (companyId + "," + branchIds).split(",")) {
            if (!id.isBlank() && !ids.contains(Long.parseLong(id.trim()))) {
                ids.add(Long.parseLong(id.trim()));
            }
        }
        this.companyIds = List.copyOf(ids);
    }

    public List<Long> companyIds() {
        return companyIds;
    }

    /** The configured company (YCLIENTS_COMPANY_ID), or {@code null} when none is set. */
    public Long defaultCompanyId() {
        return companyIds.isEmpty() ? null : companyIds.get(0);
    }

    /** Whether there is anything to choose, i.e. the main menu offers "Филиал". */
    public boolean several() {
        return companyIds.size() > 1;
    }

    /** The id when it is one of the configured companies, else {@code null}. */
    public Long offered(String companyId) {
        if (companyId == null || !companyId.matches("[0-9]{1,18}")) {
            return null;
        }
        long id = Long.parseLong(companyId);
        return companyIds.contains(id) ? id : null;
    }

    /** A title per company, "#id" until its card is read (an unreadable card keeps the placeholder). */
    public Map<Long, String> placeholderTitles() {
        Map<Long, String> titles = new LinkedHashMap<>();
        companyIds.forEach(id -> titles.put(id, placeholder(id)));
        return titles;
    }

    /** The title of a company card (GET /company/{id}), falling back to "#id". */
    public String title(@Body JsonNode company, @Header("companyId") long companyId) {
        String title = company == null ? "" : company.path("title").asText("");
        return title.isBlank() ? placeholder(companyId) : title;
    }

    public void collectTitle(@Header("branchTitles") Map<Long, String> titles, @Header("companyId") long companyId,
            @Header("branchTitle") String title) {
        titles.put(companyId, title);
    }

    private static String placeholder(long companyId) {
        return "#" + companyId;
    }
}
