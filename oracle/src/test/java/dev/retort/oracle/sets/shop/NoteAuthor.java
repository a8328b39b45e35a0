package dev.retort.oracle.sets.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who wrote a note: an embeddable record inside another embeddable. */
@Embeddable
public record NoteAuthor(
        @Column(length = 80) String name,
        @Column(length = 320) String email) {}
