/** Requests for an EHC needs assessment sent by families and SENCOs online, the authority's inbox of them, and referrals to independent support. */
package org.coplan.requests;
