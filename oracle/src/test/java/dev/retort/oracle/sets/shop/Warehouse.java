package dev.retort.oracle.sets.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A warehouse, keyed by its code (an assigned, natural key). */
@Entity
@Table(name = "warehouses")
public class Warehouse {

    @Id
    @Column(length = 8)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Embedded
    private Address location;

    protected Warehouse() {}

    public Warehouse(String code, String name) {
        this.code = code;
        this.name = name;
    }
}
