package dev.retort.oracle.sets.tables;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "employees", indexes = @Index(name = "ix_employees_team_name", columnList = "team_id, full_name DESC"))
public class Employee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @ManyToOne
    @JoinColumn(name = "team_id")
    private Team team;

    /** A self-reference as well. */
    @ManyToOne
    @JoinColumn(name = "manager_id")
    private Employee manager;

    protected Employee() {}

    public Employee(String fullName, Team team) {
        this.fullName = fullName;
        this.team = team;
    }
}
