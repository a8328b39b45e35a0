package dev.retort.oracle.sets.naming;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class DeliveryAddress {

    @Column(length = 100)
    private String streetLine1;

    @Column(length = 100)
    private String streetLine2;

    @Column(length = 60)
    private String cityName;

    @Column(length = 12)
    private String postCode;

    protected DeliveryAddress() {}

    public DeliveryAddress(String streetLine1, String cityName, String postCode) {
        this.streetLine1 = streetLine1;
        this.cityName = cityName;
        this.postCode = postCode;
    }
}
