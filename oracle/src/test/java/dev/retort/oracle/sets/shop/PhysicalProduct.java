package dev.retort.oracle.sets.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "physical_products")
public class PhysicalProduct extends Product {

    private int weightGrams;

    private Integer widthMillimetres;

    private Integer heightMillimetres;

    private Integer depthMillimetres;

    protected PhysicalProduct() {}

    public PhysicalProduct(String sku, String name, Money listPrice, int weightGrams) {
        super(sku, name, listPrice);
        this.weightGrams = weightGrams;
    }
}
