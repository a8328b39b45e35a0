package dev.retort.oracle.sets.blog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** No {@code @Table}: the table is the entity name, {@code Category}. */
@Entity
public class Category {

    @Id
    @GeneratedValue
    private Integer id;

    @Column(nullable = false, length = 60)
    private String name;

    protected Category() {}

    public Category(String name) {
        this.name = name;
    }
}
