/**
 * The delegate congress: public, weighted roll-call votes of the chapters' delegates. Each chapter
 * weighs its membership count certified at the record date; its weight is shared among its
 * delegates; chapters may instruct their delegates; delegates may give one another scoped,
 * revocable proxies, which the holder may split; a delegate's own vote overrides a proxy.
 */
package org.unionhall.domain.congress;
