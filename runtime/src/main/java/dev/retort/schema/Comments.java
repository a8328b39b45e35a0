package dev.retort.schema;

import java.util.Optional;

/** Comments on tables and columns: a blank one is no comment. */
final class Comments {

    private Comments() {}

    static Optional<String> normalized(Optional<String> comment) {
        return comment.filter(text -> !text.isBlank());
    }
}
