package io.ytbridge.config;

/** A required setting is missing or malformed; reported as one line naming the variable, never its value. */
public class InvalidSettingException extends RuntimeException {

    private final String variable;
    private final String expected;

    public InvalidSettingException(String variable, String expected) {
        super("Invalid configuration: " + variable + " must be " + expected);
        this.variable = variable;
        this.expected = expected;
    }

    public String variable() {
        return variable;
    }

    public String expected() {
        return expected;
    }
}
