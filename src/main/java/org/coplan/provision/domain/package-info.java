/** Plain rules of provision: amounts, sessions, what was expected and what was delivered. */
package org.coplan.provision.domain;
