//! Small macros for the closed sets of the decision engine: answer enums
//! (each with its options for the wizard) and id enums (questions, nodes,
//! leaves). They keep the stable snake_case name, the order and the label of
//! each value in one line, so the JSON names and the UI texts cannot drift.

/// Defines an answer enum: stable snake_case names for JSON, `ALL`,
/// `OPTIONS` (id and label, in the order the wizard shows them),
/// `as_str`, `label`, `from_id`, and a `#[default]` variant.
macro_rules! answer_enum {
    (
        $(#[$meta:meta])*
        $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $id:literal, $label:literal; )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $id)] $variant, )+
        }

        impl $name {
            /// Every answer, in the order the wizard offers them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// Every answer as an option the wizard can show.
            pub const OPTIONS: &'static [$crate::domain::decision::AnswerOption] = &[
                $($crate::domain::decision::AnswerOption { id: $id, label: $label }),+
            ];

            /// The stable machine name (as in JSON).
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            /// The answer as the wizard words it.
            pub const fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            /// The answer with this stable name, if there is one.
            pub fn from_id(id: &str) -> Option<Self> {
                $name::ALL.iter().copied().find(|v| v.as_str() == id)
            }
        }
    };
}

/// Defines an identifier enum: stable snake_case names, `ALL` in
/// declaration order (so `id as usize` indexes tables kept in that order),
/// `as_str` and `from_id`.
macro_rules! id_enum {
    (
        $(#[$meta:meta])*
        $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $id:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $id)] $variant, )+
        }

        impl $name {
            /// Every id, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable machine name (as in JSON).
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            /// The id with this stable name, if there is one.
            pub fn from_id(id: &str) -> Option<Self> {
                $name::ALL.iter().copied().find(|v| v.as_str() == id)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
