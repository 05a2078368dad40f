//! Message templates and the etiquette checker (see issue "Compose").
