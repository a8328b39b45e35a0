package dev.retort.oracle.sets.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.Instant;

/** A note on an order, kept in the order's collection table: an embeddable holding another. */
@Embeddable
public class OrderNote {

    @Column(nullable = false, length = 500)
    private String text;

    private Instant writtenAt;

    @Embedded
    private NoteAuthor author;

    protected OrderNote() {}

    public OrderNote(String text, Instant writtenAt, NoteAuthor author) {
        this.text = text;
        this.writtenAt = writtenAt;
        this.author = author;
    }
}
