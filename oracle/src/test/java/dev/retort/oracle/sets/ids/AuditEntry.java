package dev.retort.oracle.sets.ids;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** AUTO (the default strategy) on a Long. */
@Entity
@Table(name = "audit_entries")
public class AuditEntry {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 200)
    private String action;

    private Instant at;

    protected AuditEntry() {}

    public AuditEntry(String action, Instant at) {
        this.action = action;
        this.at = at;
    }
}
