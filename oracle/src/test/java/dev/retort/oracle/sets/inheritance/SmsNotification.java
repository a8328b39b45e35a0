package dev.retort.oracle.sets.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class SmsNotification extends Notification {

    @Column(length = 20)
    private String phoneNumber;

    private int segments;

    protected SmsNotification() {}

    public SmsNotification(String subject, String phoneNumber) {
        super(subject);
        this.phoneNumber = phoneNumber;
    }
}
