package dev.retort.oracle.sets.shop;

public enum OrderStatus {
    CART,
    PLACED,
    PAID,
    SHIPPED,
    DELIVERED,
    CANCELLED
}
