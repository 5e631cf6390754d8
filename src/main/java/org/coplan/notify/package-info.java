/** Messages by email (and later text), honouring each person's channel and language; every message audited. */
package org.coplan.notify;
