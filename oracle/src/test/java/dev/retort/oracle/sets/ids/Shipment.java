package dev.retort.oracle.sets.ids;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** SEQUENCE with the generator declared on the class; an int id. */
@Entity
@Table(name = "shipments")
@SequenceGenerator(name = "shipment_ids", sequenceName = "shipment_seq", allocationSize = 1)
public class Shipment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipment_ids")
    private int id;

    @ManyToOne
    private Invoice invoice;

    @Column(length = 40)
    private String trackingNumber;

    protected Shipment() {}

    public Shipment(Invoice invoice) {
        this.invoice = invoice;
    }
}
