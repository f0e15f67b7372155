package io.ytbridge.ops;

/** Masks a phone number for display: {@code +79161234567} becomes {@code +7******4567}. */
public final class PhoneMask {

    private PhoneMask() {
    }

    /**
     * Keeps a leading {@code +}, the first digit and the last four; every other digit becomes {@code *}.
     * Separators are dropped. Null stays null; fewer than seven digits are masked whole.
     */
    public static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() < 7) {
            return "*".repeat(digits.length());
        }
        return (phone.trim().startsWith("+") ? "+" : "") + digits.charAt(0)
                + "*".repeat(digits.length() - 5) + digits.substring(digits.length() - 4);
    }
}
