package dev.retort.oracle.sets.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "digital_products")
@PrimaryKeyJoinColumn(name = "product_id")
public class DigitalProduct extends Product {

    @Column(nullable = false, length = 500)
    private String downloadUrl;

    private long fileSizeBytes;

    private Integer downloadLimit;

    protected DigitalProduct() {}

    public DigitalProduct(String sku, String name, Money listPrice, String downloadUrl) {
        super(sku, name, listPrice);
        this.downloadUrl = downloadUrl;
    }
}
