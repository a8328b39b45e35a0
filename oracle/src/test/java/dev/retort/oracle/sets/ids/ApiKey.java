package dev.retort.oracle.sets.ids;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** UUID strategy. */
@Entity
@Table(name = "api_keys")
public class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @ManyToOne(optional = false)
    private Customer owner;

    @Column(nullable = false, length = 64)
    private String secretHash;

    protected ApiKey() {}

    public ApiKey(Customer owner, String secretHash) {
        this.owner = owner;
        this.secretHash = secretHash;
    }
}
