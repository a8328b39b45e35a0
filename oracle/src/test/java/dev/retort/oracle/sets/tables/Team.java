package dev.retort.oracle.sets.tables;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** A team has a lead, who is one of its members: {@code teams} and {@code employees} refer to each other. */
@Entity
@Table(name = "teams")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String name;

    @OneToOne
    @JoinColumn(name = "lead_id")
    private Employee lead;

    protected Team() {}

    public Team(String name) {
        this.name = name;
    }

    public void ledBy(Employee lead) {
        this.lead = lead;
    }
}
