package dev.retort.oracle.sets.columns;

/** An E.164 phone number; stored as text through {@link PhoneNumberConverter}. */
public record PhoneNumber(String countryCode, String number) {

    public static PhoneNumber parse(String text) {
        int space = text.indexOf(' ');
        return new PhoneNumber(text.substring(0, space), text.substring(space + 1));
    }

    @Override
    public String toString() {
        return countryCode + " " + number;
    }
}
