package dev.retort.processor.revision;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Predicate;

/**
 * The class name of a revision: {@code V20261124_1530_CreateTableFees}, the UTC time of generation and the message in
 * PascalCase, so that the files sort by time and say what they do.
 */
final class RevisionClassName {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd_HHmm").withZone(ZoneOffset.UTC);
    private static final int MAX_MESSAGE_LENGTH = 50;

    private RevisionClassName() {}

    /** A name that {@code taken} does not refuse: the plain one, else with {@code _2}, {@code _3}, .... */
    static String of(Instant now, String message, Predicate<String> taken) {
        String name = "V" + TIME.format(now) + "_" + pascalCase(message);
        String candidate = name;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = name + "_" + n;
        }
        return candidate;
    }

    /** The words of {@code message}, capitalized and joined, at most 50 characters of whole words. */
    static String pascalCase(String message) {
        StringBuilder name = new StringBuilder();
        for (String word : message.split("[^\\p{L}\\p{Nd}]+")) {
            if (name.length() + word.length() > MAX_MESSAGE_LENGTH) {
                break;
            }
            if (!word.isEmpty()) {
                int first = word.codePointAt(0);
                name.appendCodePoint(Character.toUpperCase(first)).append(word.substring(Character.charCount(first)));
            }
        }
        return name.isEmpty() ? "Revision" : name.toString();
    }
}
