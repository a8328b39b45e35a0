package dev.retort.oracle.sets.tables;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "invoice_documents", schema = "billing")
public class InvoiceDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 300)
    private String storageKey;

    @Column(nullable = false)
    private Instant renderedAt;

    @OneToOne(mappedBy = "document")
    private Invoice invoice;

    protected InvoiceDocument() {}

    public InvoiceDocument(String storageKey, Instant renderedAt) {
        this.storageKey = storageKey;
        this.renderedAt = renderedAt;
    }
}
