package dev.retort.oracle.sets.ids;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** TABLE with a {@code @TableGenerator}: its own table, columns, row and allocation size. */
@Entity
@Table(name = "tickets")
public class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ticket_ids")
    @TableGenerator(name = "ticket_ids", table = "id_generators", pkColumnName = "generator",
            valueColumnName = "next_value", pkColumnValue = "ticket", allocationSize = 10)
    private Long id;

    @Column(nullable = false, length = 200)
    private String summary;

    protected Ticket() {}

    public Ticket(String summary) {
        this.summary = summary;
    }
}
