package dev.retort.oracle.sets.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One physical copy of a book, on a shelf or out on loan. */
@Entity
@Table(name = "copies")
public class Copy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "book_id")
    private Book book;

    @Column(nullable = false, unique = true, length = 20)
    private String barcode;

    /** Stored by ordinal: the order of {@link Condition} must never change. */
    @Enumerated
    @Column(name = "condition_grade", nullable = false)
    private Condition condition;

    @Column(length = 12)
    private String shelfMark;

    private LocalDate acquiredOn;

    protected Copy() {}

    public Copy(Book book, String barcode) {
        this.book = book;
        this.barcode = barcode;
        this.condition = Condition.NEW;
    }

    public Book getBook() {
        return book;
    }

    public Condition getCondition() {
        return condition;
    }
}
