package dev.retort.oracle.sets.ids;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** AUTO on a UUID: Hibernate generates UUIDs. */
@Entity
@Table(name = "sessions")
public class Session {

    @Id
    @GeneratedValue
    private UUID id;

    @ManyToOne
    private ApiKey apiKey;

    private Instant expiresAt;

    protected Session() {}

    public Session(ApiKey apiKey, Instant expiresAt) {
        this.apiKey = apiKey;
        this.expiresAt = expiresAt;
    }
}
