package dev.retort.oracle.sets.inheritance;

import jakarta.persistence.Entity;

@Entity
public class EmailNotification extends Notification {

    private String recipientAddress;

    private String htmlBody;

    protected EmailNotification() {}

    public EmailNotification(String subject, String recipientAddress) {
        super(subject);
        this.recipientAddress = recipientAddress;
    }
}
