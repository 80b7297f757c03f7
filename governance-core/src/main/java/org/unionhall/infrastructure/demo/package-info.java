/**
 * Demo data: a small, realistic federation a newcomer can click through, seeded once into an
 * empty database when {@code unionhall.demo} is true. The accounts are listed in
 * {@code docs/demo-accounts.md}.
 */
package org.unionhall.infrastructure.demo;
