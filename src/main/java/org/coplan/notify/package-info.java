/** Messages to people: email over SMTP, and texts, letters and phone calls through a durable outbox and GOV.UK Notify; every message audited. */
package org.coplan.notify;
