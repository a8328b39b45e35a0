package com.example.school;

public enum FeeStatus {
    DUE,
    PAID,
    WAIVED
}
