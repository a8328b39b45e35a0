package dev.retort.oracle.sets.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** No {@code @Inheritance}, no {@code @Table}, no discriminator settings: SINGLE_TABLE with every default. */
@Entity
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String subject;

    private Instant sentAt;

    protected Notification() {}

    public Notification(String subject) {
        this.subject = subject;
    }
}
