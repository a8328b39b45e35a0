package dev.retort.oracle.sets.ids;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** TABLE without a generator: Hibernate's default table {@code hibernate_sequences}. */
@Entity
@Table(name = "coupons")
public class Coupon {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    @Column(nullable = false, unique = true, length = 16)
    private String code;

    protected Coupon() {}

    public Coupon(String code) {
        this.code = code;
    }
}
