//! The decision engine: should this interview be declined? (see issue "Decide")
