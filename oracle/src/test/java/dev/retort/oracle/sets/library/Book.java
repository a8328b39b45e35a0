package dev.retort.oracle.sets.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;

/** A title in the catalogue; the library owns {@link Copy copies} of it. */
@Entity
@Table(name = "books",
        indexes = {
            @Index(name = "ix_books_title", columnList = "title"),
            @Index(name = "ix_books_author_year", columnList = "author_id, publishedYear")
        },
        uniqueConstraints = @UniqueConstraint(name = "uk_books_isbn", columnNames = "isbn"))
public class Book {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 13)
    private String isbn;

    @Column(nullable = false, length = 300)
    private String title;

    @ManyToOne(optional = false)
    private Author author;

    @ManyToOne
    @JoinColumn(name = "translator_id")
    private Author translator;

    private Integer publishedYear;

    private short edition;

    @Column(precision = 8, scale = 2)
    private BigDecimal replacementCost;

    private boolean referenceOnly;

    protected Book() {}

    public Book(String isbn, String title, Author author) {
        this.isbn = isbn;
        this.title = title;
        this.author = author;
        this.edition = 1;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Author getAuthor() {
        return author;
    }
}
