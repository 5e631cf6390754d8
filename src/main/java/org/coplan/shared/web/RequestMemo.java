package org.coplan.shared.web;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What one web request has already read, so that the header, the access check and the page ask
 * the database once between them (issue 12). Each store keeps its own notebook, named by the
 * store, and tears it up whenever it writes, so a page never sees a value older than its own
 * change. Outside a web request (scheduled jobs) nothing is remembered and every call reads afresh.
 */
public final class RequestMemo {

    private RequestMemo() {}

    /** The value under this key in the store's notebook for this request, loaded once. */
    @SuppressWarnings("unchecked")
    public static <T> T remember(String store, Object key, Supplier<T> load) {
        Map<Object, Object> notebook = notebook(store);
        if (notebook == null) {
            return load.get();
        }
        Object known = notebook.get(key);
        if (known == null) {
            known = load.get();
            notebook.put(key, known);
        }
        return (T) known;
    }

    /** Forgets everything the store remembered in this request: call on every write. */
    public static void forget(String store) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.removeAttribute(name(store), RequestAttributes.SCOPE_REQUEST);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> notebook(String store) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return null;
        }
        Object existing = attributes.getAttribute(name(store), RequestAttributes.SCOPE_REQUEST);
        if (existing instanceof Map<?, ?> map) {
            return (Map<Object, Object>) map;
        }
        Map<Object, Object> created = new HashMap<>();
        attributes.setAttribute(name(store), created, RequestAttributes.SCOPE_REQUEST);
        return created;
    }

    private static String name(String store) {
        return RequestMemo.class.getName() + "." + store;
    }
}
