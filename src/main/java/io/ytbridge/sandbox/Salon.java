package io.ytbridge.sandbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What the simulated Yclients salon is made of, as read from the sandbox_yclients_* tables. */
final class Salon {

    private Salon() {
    }

    record Category(long id, String title, int weight) {
    }

    record Service(long id, long categoryId, String title, BigDecimal priceMin, BigDecimal priceMax, int discount,
            int durationSeconds, String prepaid, int weight) {
    }

    record Staff(long id, String name, String specialization, String positionTitle, BigDecimal rating, int weight,
            SalonSchedule.WorkingHours hours, Set<Long> serviceIds) {

        boolean provides(List<Long> services) {
            return serviceIds.containsAll(services);
        }
    }

    record Client(long id, String name, String phone, String email, boolean blacklisted, Instant createdAt,
            Instant changedAt) {
    }

    record Appointment(long id, long staffId, long clientId, List<Long> serviceIds, Instant startsAt, int lengthSeconds,
            String comment, int attendance, boolean confirmed, boolean deleted, String hash, boolean online,
            boolean masterRequested, String apiId, Instant createdAt, Instant changedAt) {

        Instant endsAt() {
            return startsAt.plusSeconds(lengthSeconds);
        }
    }

    record LoyaltyProgram(long id, long groupId, String title, String type, int loyaltyTypeId, BigDecimal percent) {
    }

    record LoyaltyCard(long id, long clientId, long groupId, String number, long typeId, String typeTitle,
            long programId, BigDecimal balance, int points, BigDecimal paidAmount, BigDecimal soldAmount,
            int visitsCount) {
    }
}
