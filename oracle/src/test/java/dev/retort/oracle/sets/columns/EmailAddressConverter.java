package dev.retort.oracle.sets.columns;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class EmailAddressConverter implements AttributeConverter<EmailAddress, String> {

    @Override
    public String convertToDatabaseColumn(EmailAddress address) {
        return address == null ? null : address.toString();
    }

    @Override
    public EmailAddress convertToEntityAttribute(String text) {
        return text == null ? null : EmailAddress.parse(text);
    }
}
