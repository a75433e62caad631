"""Customers and their contacts: idempotent upserts and look-ups by e-mail address."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ledger import audit
from ledger.errors import NotFound
from ledger.models import Contact, Customer, User
from ledger.schemas import ContactIn, CustomerIn

CUSTOMER_FIELDS = (
    "external_id", "name", "segment", "terms_days", "currency", "timezone", "owner_id",
    "do_not_contact",
)


def get_customer(session: Session, external_id: str) -> Customer:
    customer = session.scalar(select(Customer).where(Customer.external_id == external_id))
    if customer is None:
        raise NotFound(f"unknown customer {external_id!r}")
    return customer


def upsert_customer(session: Session, data: CustomerIn, *, actor: str) -> tuple[Customer, bool]:
    """Insert or update by external id; returns (customer, changed). Same data: no change."""
    owner_id = None
    if data.owner:
        owner = session.scalar(select(User).where(User.name == data.owner))
        if owner is None:
            raise NotFound(f"unknown owner {data.owner!r}")
        owner_id = owner.id
    values = {
        "external_id": data.external_id, "name": data.name, "segment": data.segment,
        "terms_days": data.terms_days, "currency": data.currency, "timezone": data.timezone,
        "owner_id": owner_id, "do_not_contact": data.do_not_contact,
    }
    customer = session.scalar(select(Customer).where(Customer.external_id == data.external_id))
    changed = False
    if customer is None:
        customer = Customer(**values)
        session.add(customer)
        session.flush()
        audit.record(session, actor=actor, action="customer.create", entity="customer",
                     entity_id=customer.id, after=audit.snapshot(customer, CUSTOMER_FIELDS))
        changed = True
    else:
        if data.owner is None:
            values.pop("owner_id")  # an import without an owner column keeps the owner
        before = audit.snapshot(customer, CUSTOMER_FIELDS)
        for key, value in values.items():
            setattr(customer, key, value)
        b, a = audit.changes(before, audit.snapshot(customer, CUSTOMER_FIELDS))
        if a:
            session.flush()
            audit.record(session, actor=actor, action="customer.update", entity="customer",
                         entity_id=customer.id, before=b, after=a)
            changed = True
    if data.email:
        _, contact_changed = upsert_contact(
            session, ContactIn(customer_id=data.external_id, email=data.email), actor=actor,
            primary=True,
        )
        changed = changed or contact_changed
    return customer, changed


CONTACT_FIELDS = ("customer_id", "email", "name", "role", "opt_out", "is_primary", "active", "source")


def upsert_contact(
    session: Session, data: ContactIn, *, actor: str, primary: bool = False, source: str = "import"
) -> tuple[Contact, bool]:
    customer = get_customer(session, data.customer_id)
    email = str(data.email).lower()
    contact = session.scalar(
        select(Contact).where(Contact.customer_id == customer.id, Contact.email == email)
    )
    if contact is None:
        has_primary = session.scalar(
            select(func.count()).select_from(Contact).where(
                Contact.customer_id == customer.id, Contact.is_primary.is_(True)
            )
        )
        contact = Contact(
            customer_id=customer.id, email=email, name=data.name, role=data.role,
            opt_out=data.opt_out, is_primary=primary or not has_primary, source=source,
        )
        session.add(contact)
        session.flush()
        audit.record(session, actor=actor, action="contact.create", entity="contact",
                     entity_id=contact.id, after=audit.snapshot(contact, CONTACT_FIELDS))
        return contact, True
    before = audit.snapshot(contact, CONTACT_FIELDS)
    if data.name is not None:
        contact.name = data.name
    contact.role = data.role
    contact.opt_out = data.opt_out
    if primary:
        contact.is_primary = True
    b, a = audit.changes(before, audit.snapshot(contact, CONTACT_FIELDS))
    if a:
        audit.record(session, actor=actor, action="contact.update", entity="contact",
                     entity_id=contact.id, before=b, after=a)
    return contact, bool(a)


def customers_for_address(session: Session, address: str) -> list[Customer]:
    """Customers a sender belongs to: exact contact match first, else same e-mail domain."""
    address = address.lower().strip()
    exact = session.scalars(
        select(Customer).join(Contact).where(Contact.email == address).distinct()
    ).all()
    if exact:
        return list(exact)
    domain = address.rsplit("@", 1)[-1]
    if not domain or domain in PUBLIC_MAIL_DOMAINS:
        return []
    return list(
        session.scalars(
            select(Customer).join(Contact).where(Contact.email.like(f"%@{domain}")).distinct()
        ).all()
    )


# A shared webmail domain says nothing about which company wrote.
PUBLIC_MAIL_DOMAINS = frozenset(
    {"gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "yahoo.com",
     "icloud.com", "me.com", "aol.com", "gmx.de", "gmx.net", "web.de", "orange.fr", "free.fr",
     "protonmail.com", "proton.me"}
)
