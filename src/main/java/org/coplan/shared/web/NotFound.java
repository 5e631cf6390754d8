package org.coplan.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Thrown for an unknown page and for a page the person may not see: the two must look the same,
 * so nobody can learn that a case exists by being refused it.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {
    public NotFound() {
        super("Page not found", null, false, false);
    }
}
