/** The rules of a case in plain Java: who may do what, and when a child becomes a young person. */
@org.springframework.modulith.NamedInterface("domain")
package org.coplan.cases.domain;
