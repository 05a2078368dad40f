//! Renaming one function import of a wasm module, leaving every other byte
//! as it was.
//!
//! The splitter reads relocations (`--emit-relocs`) whose offsets are
//! relative to the start of their section, so only the import section may
//! change: the module is copied section by section and the import section
//! alone is rebuilt around the new name.

use std::fmt;

use wasmparser::{BinaryReader, ImportSectionReader, Imports, TypeRef};

/// Why a rename could not be made.
#[derive(Debug, PartialEq, Eq)]
pub enum RenameError {
    /// The bytes are not a wasm module this code can read.
    Malformed(String),
    /// The module has no import section at all.
    NoImportSection,
    /// No function import `module`.`name`.
    NotFound { module: String, name: String },
    /// The import is in a compact group (the compact-imports proposal),
    /// which rustc's linker does not write and this code does not rewrite.
    Compact { module: String, name: String },
}

impl fmt::Display for RenameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Malformed(why) => write!(f, "not a wasm module this tool can read: {why}"),
            Self::NoImportSection => write!(f, "the module has no import section"),
            Self::NotFound { module, name } => {
                write!(f, "the module has no function import {module}.{name}")
            }
            Self::Compact { module, name } => write!(
                f,
                "the function import {module}.{name} is in a compact import group, which this tool cannot rewrite"
            ),
        }
    }
}

impl std::error::Error for RenameError {}

impl From<wasmparser::BinaryReaderError> for RenameError {
    fn from(e: wasmparser::BinaryReaderError) -> Self {
        Self::Malformed(e.to_string())
    }
}

/// The module `wasm` with its function import `module`.`from` renamed to
/// `to`. Every section but the import section is copied unchanged.
pub fn rename_function_import(
    wasm: &[u8],
    module: &str,
    from: &str,
    to: &str,
) -> Result<Vec<u8>, RenameError> {
    const IMPORT_SECTION: u8 = 2;
    let header = wasm
        .get(..8)
        .filter(|h| h.starts_with(b"\0asm"))
        .ok_or_else(|| RenameError::Malformed("no wasm header".into()))?;
    let mut at = header.len();
    while at < wasm.len() {
        let id = wasm[at];
        let (size, body_start) = read_u32(wasm, at + 1)?;
        let body_end = body_start
            .checked_add(size as usize)
            .filter(|&end| end <= wasm.len())
            .ok_or_else(|| malformed(at, "a section runs past the end of the module"))?;
        if id == IMPORT_SECTION {
            let body = &wasm[body_start..body_end];
            let name = find_function_import(body, body_start, module, from)?;
            let mut new_body = Vec::with_capacity(body.len() + to.len());
            new_body.extend_from_slice(&wasm[body_start..name.start]);
            write_u32(&mut new_body, to.len() as u32);
            new_body.extend_from_slice(to.as_bytes());
            new_body.extend_from_slice(&wasm[name.end..body_end]);

            let mut out = Vec::with_capacity(wasm.len() + to.len());
            out.extend_from_slice(&wasm[..at]);
            out.push(IMPORT_SECTION);
            write_u32(&mut out, new_body.len() as u32);
            out.extend_from_slice(&new_body);
            out.extend_from_slice(&wasm[body_end..]);
            return Ok(out);
        }
        at = body_end;
    }
    Err(RenameError::NoImportSection)
}

/// The byte range (in the whole module) of the encoded name, length
/// prefix included, of the function import `module`.`name`.
fn find_function_import(
    body: &[u8],
    body_offset: usize,
    module: &str,
    name: &str,
) -> Result<std::ops::Range<usize>, RenameError> {
    let reader = ImportSectionReader::new(BinaryReader::new(body, body_offset))?;
    for entry in reader.into_iter_with_offsets() {
        let (offset, imports) = entry?;
        match imports {
            Imports::Single(_, import)
                if import.module == module
                    && import.name == name
                    && matches!(import.ty, TypeRef::Func(_) | TypeRef::FuncExact(_)) =>
            {
                // Read the two strings again from the entry's start, to know
                // exactly where the name's bytes (and its length) are.
                let start = offset - body_offset;
                let mut entry = BinaryReader::new(&body[start..], offset);
                entry.skip_string()?;
                let name_start = entry.original_position();
                entry.skip_string()?;
                return Ok(name_start..entry.original_position());
            }
            Imports::Single(..) => {}
            Imports::Compact1 { module: m, items } if m == module => {
                for item in items {
                    let item = item?;
                    if item.name == name {
                        return Err(compact(module, name));
                    }
                }
            }
            Imports::Compact2 {
                module: m, names, ..
            } if m == module => {
                for item in names {
                    let item = item?;
                    if item == name {
                        return Err(compact(module, name));
                    }
                }
            }
            Imports::Compact1 { .. } | Imports::Compact2 { .. } => {}
        }
    }
    Err(RenameError::NotFound {
        module: module.into(),
        name: name.into(),
    })
}

fn compact(module: &str, name: &str) -> RenameError {
    RenameError::Compact {
        module: module.into(),
        name: name.into(),
    }
}

fn malformed(at: usize, why: &str) -> RenameError {
    RenameError::Malformed(format!("{why} (at byte {at})"))
}

/// An unsigned LEB128 `u32` at `at`, and the position after it.
fn read_u32(bytes: &[u8], at: usize) -> Result<(u32, usize), RenameError> {
    let mut reader = BinaryReader::new(bytes.get(at..).unwrap_or_default(), at);
    let value = reader.read_var_u32()?;
    Ok((value, reader.original_position()))
}

fn write_u32(out: &mut Vec<u8>, mut value: u32) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_encoder::{
        CodeSection, CustomSection, EntityType, Function, FunctionSection, ImportSection,
        Instruction, MemoryType, Module, TypeSection,
    };
    use wasmparser::{Parser, Payload, Validator};

    const WBG: &str = "__wbindgen_placeholder__";
    const NEW: &str = "__wbindgen_describe_generic_import";
    const OLD: &str = "__wbindgen_describe_cast";

    /// A module shaped like wasm-bindgen's input: a memory import first,
    /// then function imports, a function calling the marker, and a custom
    /// section after the code (where the linker puts relocations).
    fn module(marker: &str) -> Vec<u8> {
        let mut types = TypeSection::new();
        types.ty().function([], []);
        let mut imports = ImportSection::new();
        imports.import(
            "env",
            "memory",
            EntityType::Memory(MemoryType {
                minimum: 17,
                maximum: Some(16384),
                memory64: false,
                shared: false,
                page_size_log2: None,
            }),
        );
        imports.import(WBG, "__wbindgen_describe", EntityType::Function(0));
        imports.import(WBG, marker, EntityType::Function(0));
        let mut functions = FunctionSection::new();
        functions.function(0);
        let mut code = CodeSection::new();
        let mut body = Function::new([]);
        body.instruction(&Instruction::Call(1));
        body.instruction(&Instruction::End);
        code.function(&body);
        let mut module = Module::new();
        module
            .section(&types)
            .section(&imports)
            .section(&functions)
            .section(&code)
            .section(&CustomSection {
                name: "reloc.CODE".into(),
                data: [1, 2, 3][..].into(),
            });
        module.finish()
    }

    fn import_names(wasm: &[u8]) -> Vec<(String, String)> {
        let mut names = Vec::new();
        for payload in Parser::new(0).parse_all(wasm) {
            if let Payload::ImportSection(reader) = payload.unwrap() {
                for imports in reader {
                    if let Imports::Single(_, import) = imports.unwrap() {
                        names.push((import.module.to_string(), import.name.to_string()));
                    }
                }
            }
        }
        names
    }

    /// The bytes after the import section: they must not move by a byte
    /// relative to each other (relocations point into them).
    fn after_imports(wasm: &[u8]) -> Vec<u8> {
        for payload in Parser::new(0).parse_all(wasm) {
            if let Payload::ImportSection(reader) = payload.unwrap() {
                return wasm[reader.range().end..].to_vec();
            }
        }
        panic!("no import section");
    }

    #[test]
    fn renames_the_marker_and_nothing_else() {
        let input = module(NEW);
        let renamed = rename_function_import(&input, WBG, NEW, OLD).unwrap();
        assert_eq!(renamed, module(OLD));
        assert_eq!(
            import_names(&renamed),
            [
                ("env".to_string(), "memory".to_string()),
                (WBG.to_string(), "__wbindgen_describe".to_string()),
                (WBG.to_string(), OLD.to_string()),
            ]
        );
        assert_eq!(after_imports(&renamed), after_imports(&input));
        Validator::new().validate_all(&renamed).unwrap();
    }

    #[test]
    fn renaming_back_restores_every_byte() {
        let input = module(NEW);
        let there = rename_function_import(&input, WBG, NEW, OLD).unwrap();
        let back = rename_function_import(&there, WBG, OLD, NEW).unwrap();
        assert_eq!(back, input);
    }

    #[test]
    fn a_long_name_grows_the_section_size_prefix() {
        // 200 bytes: the name's length and the section's size each need a
        // second LEB128 byte.
        let long = "x".repeat(200);
        let input = module(NEW);
        let renamed = rename_function_import(&input, WBG, NEW, &long).unwrap();
        assert_eq!(renamed, module(&long));
        Validator::new().validate_all(&renamed).unwrap();
        let back = rename_function_import(&renamed, WBG, &long, NEW).unwrap();
        assert_eq!(back, input);
    }

    #[test]
    fn a_missing_import_is_an_error_naming_it() {
        let input = module(NEW);
        let err = rename_function_import(&input, WBG, "__nope", OLD).unwrap_err();
        assert_eq!(
            err.to_string(),
            "the module has no function import __wbindgen_placeholder__.__nope"
        );
        // The right name in another module does not count.
        let err = rename_function_import(&input, "env", NEW, OLD).unwrap_err();
        assert_eq!(
            err,
            RenameError::NotFound {
                module: "env".into(),
                name: NEW.into()
            }
        );
    }

    #[test]
    fn only_function_imports_are_renamed() {
        let input = module(NEW);
        let err = rename_function_import(&input, "env", "memory", "heap").unwrap_err();
        assert!(matches!(err, RenameError::NotFound { .. }), "{err}");
    }

    #[test]
    fn bytes_that_are_not_wasm_are_refused() {
        let err = rename_function_import(b"not wasm at all", WBG, NEW, OLD).unwrap_err();
        assert!(matches!(err, RenameError::Malformed(_)), "{err}");
        let mut cut = module(NEW);
        cut.truncate(20);
        let err = rename_function_import(&cut, WBG, NEW, OLD).unwrap_err();
        assert!(matches!(err, RenameError::Malformed(_)), "{err}");
        let empty = Module::new().finish();
        let err = rename_function_import(&empty, WBG, NEW, OLD).unwrap_err();
        assert_eq!(err, RenameError::NoImportSection);
    }
}
