package dev.retort.oracle.sets.shop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Something the shop sells; physical and digital products add their own tables (JOINED). */
@Entity
@Table(name = "products")
@Inheritance(strategy = InheritanceType.JOINED)
public abstract class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String sku;

    @Column(nullable = false, length = 200)
    private String name;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "list_price", precision = 12, scale = 2))
    @AttributeOverride(name = "currency", column = @Column(name = "list_currency", length = 3))
    private Money listPrice;

    /** Gallery order matters: kept in {@code position}. */
    @ElementCollection
    @CollectionTable(name = "product_images", joinColumns = @JoinColumn(name = "product_id"))
    @OrderColumn(name = "position")
    @Column(name = "image_url", length = 500)
    private List<String> imageUrls = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "product_attributes", joinColumns = @JoinColumn(name = "product_id"))
    @MapKeyColumn(name = "attribute_name", length = 50)
    @Column(name = "attribute_value", length = 200)
    private Map<String, String> attributes = new HashMap<>();

    protected Product() {}

    protected Product(String sku, String name, Money listPrice) {
        this.sku = sku;
        this.name = name;
        this.listPrice = listPrice;
    }

    public Long getId() {
        return id;
    }

    public Money getListPrice() {
        return listPrice;
    }
}
