// How the CLIs decide that a file is HTML (and so needs text extraction) rather than plain text.
export function looksLikeHtml(file: string, text: string): boolean {
  return (
    /\.x?html?$/iu.test(file) || /^\s*(<!doctype html|<html|<head|<body|<div|<table|<meta)/iu.test(text.slice(0, 1000))
  );
}
