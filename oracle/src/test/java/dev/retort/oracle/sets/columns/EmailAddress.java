package dev.retort.oracle.sets.columns;

/** A value type stored as text by {@link EmailAddressConverter}, which applies itself. */
public record EmailAddress(String local, String domain) {

    static EmailAddress parse(String text) {
        int at = text.lastIndexOf('@');
        return new EmailAddress(text.substring(0, at), text.substring(at + 1));
    }

    @Override
    public String toString() {
        return local + "@" + domain;
    }
}
