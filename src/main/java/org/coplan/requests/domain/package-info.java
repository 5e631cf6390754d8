/** The rules for a request for an assessment and a referral to independent support, in plain Java. */
package org.coplan.requests.domain;
