<%@ page language="java" contentType="text/html; charset=UTF-8" %>
<html>
  <head><title>tomcat1</title></head>
  <body>
    <h1>tomcat1</h1>
    <table border="1">
      <tr><td>Session ID</td><td><%= session.getId() %></td></tr>
      <tr><td>Created on</td><td><%= session.getCreationTime() %></td></tr>
    </table>
  </body>
</html>
