package org.b2b.customers.application.support;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.FieldErrors;
import org.b2b.customers.domain.shared.InvalidInputException;

/** Checks a command's Jakarta Validation constraints and turns violations into named field errors. */
public final class CommandValidation {

    private final Validator validator;

    public CommandValidation(Validator validator) {
        this.validator = validator;
    }

    /** Refuses the command with every violated field, or passes it through. */
    public <T> T check(T command) {
        errorsOf(command).throwIfAny();
        return command;
    }

    /**
     * The command's violations, to which a use case adds what its domain checks find, so that the caller learns
     * of every wrong field at once.
     */
    public FieldErrors errorsOf(Object command) {
        if (command == null) {
            throw InvalidInputException.of("body", "required", "must be given");
        }
        FieldErrors errors = new FieldErrors();
        validator.validate(command).stream()
                .map(v -> new FieldError(fieldOf(v.getPropertyPath()), codeOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::code))
                .forEach(errors::add);
        return errors;
    }

    private static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getName() == null || node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static String codeOf(ConstraintViolation<?> violation) {
        String annotation = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (annotation) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Size" -> "size";
            case "Email" -> "invalid_email";
            case "Min", "Max", "DecimalMin", "DecimalMax" -> "out_of_range";
            default -> annotation.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
        };
    }
}
