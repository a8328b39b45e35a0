package dev.retort.oracle.sets.ids;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An assigned natural key: the ISO 4217 code. */
@Entity
@Table(name = "currencies")
public class Currency {

    @Id
    @Column(length = 3)
    private String code;

    @Column(nullable = false, length = 60)
    private String name;

    private short minorUnits;

    protected Currency() {}

    public Currency(String code, String name, short minorUnits) {
        this.code = code;
        this.name = name;
        this.minorUnits = minorUnits;
    }
}
